import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { completeProviderSignOut } from './shared/auth'

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'trips', component: () => import('./features/trips/TripsView.vue') },
  {
    path: '/trips/:tripId',
    component: () => import('./features/trips/TripLayout.vue'),
    props: true,
    children: [
      { path: '', name: 'trip', component: () => import('./features/trips/TripOverview.vue') },
      { path: 'itinerary', name: 'itinerary', component: () => import('./features/trips/ItineraryView.vue') },
      { path: 'delegation', name: 'delegation', component: () => import('./features/delegation/DelegationView.vue') },
      { path: 'topics', name: 'trip-topics', component: () => import('./features/trips/TripTopicsView.vue') },
      { path: 'edit', name: 'trip-edit', component: () => import('./features/trips/TripEditView.vue') },
      { path: 'sessions/new', name: 'session-new', component: () => import('./features/sessions/SessionEditView.vue') },
    ],
  },
  { path: '/sessions/:sessionId', name: 'session', props: true, component: () => import('./features/sessions/SessionView.vue') },
  {
    path: '/sessions/:sessionId/edit',
    name: 'session-edit',
    props: true,
    component: () => import('./features/sessions/SessionEditView.vue'),
  },
  {
    path: '/participants/:participantId/edit',
    name: 'participant-edit',
    props: true,
    component: () => import('./features/delegation/ParticipantEditView.vue'),
  },
  { path: '/sign-in', name: 'sign-in', component: () => import('./features/account/SignInView.vue') },
  { path: '/signed-in', name: 'signed-in', component: () => import('./features/account/SignedInView.vue') },
  // Where the provider sends the browser after signing out; the app has already forgotten the sign-in.
  {
    path: '/signed-out',
    component: { render: () => null },
    beforeEnter: async () => {
      await completeProviderSignOut()
      return '/'
    },
  },
  {
    path: '/people/:personId',
    name: 'person',
    props: true,
    component: () => import('./features/account/PersonRecordView.vue'),
  },
  { path: '/topics', name: 'topics', component: () => import('./features/catalogue/TopicsView.vue') },
  { path: '/topics/new', name: 'topic-new', component: () => import('./features/catalogue/TopicEditView.vue') },
  {
    path: '/topics/:topicId/edit',
    name: 'topic-edit',
    props: true,
    component: () => import('./features/catalogue/TopicEditView.vue'),
  },
  { path: '/cities', name: 'cities', component: () => import('./features/catalogue/CitiesView.vue') },
  { path: '/organisations', name: 'organisations', component: () => import('./features/catalogue/OrganisationsView.vue') },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./shared/NotFoundView.vue') },
]

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  return router
}
