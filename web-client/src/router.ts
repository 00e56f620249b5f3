import { createRouter, createWebHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router'
import { desks, type DeskName } from './features/desk/desks'
import { completeProviderSignOut } from './shared/auth'

const DeskList = () => import('./features/desk/DeskListView.vue')
const DeskEdit = () => import('./features/desk/DeskEditView.vue')

/** A desk resource's routes: its list (unless listed elsewhere, `null`), a new record, and editing one. */
function desk(name: DeskName, list: RouteComponent | (() => Promise<unknown>) | null = DeskList): RouteRecordRaw[] {
  const { route, list: listName } = desks[name]
  return [
    ...(list ? [{ path: `/${name}`, name: listName, component: list, props: list === DeskList ? { desk: name } : {} }] : []),
    { path: `/${name}/new`, name: `${route}-new`, component: DeskEdit, props: { desk: name } },
    { path: `/${name}/:id/edit`, name: `${route}-edit`, component: DeskEdit, props: (to) => ({ desk: name, id: to.params.id }) },
  ] as RouteRecordRaw[]
}

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
      { path: 'evaluations', name: 'trip-evaluations', component: () => import('./features/evaluations/TripEvaluationsView.vue'), props: true },
      { path: 'certificates', name: 'trip-certificates', component: () => import('./features/certificates/TripCertificatesView.vue'), props: true },
      { path: 'sessions/new', name: 'session-new', component: () => import('./features/sessions/SessionEditView.vue') },
      { path: 'participants/new', name: 'participant-new', component: () => import('./features/delegation/ParticipantEditView.vue') },
    ],
  },
  { path: '/sessions/:sessionId', name: 'session', props: true, component: () => import('./features/sessions/SessionView.vue') },
  {
    path: '/sessions/:sessionId/attendance',
    name: 'session-attendance',
    props: true,
    component: () => import('./features/attendance/AttendanceView.vue'),
  },
  {
    path: '/sessions/:sessionId/check-in',
    name: 'check-in',
    props: true,
    component: () => import('./features/attendance/CheckInView.vue'),
  },
  { path: '/verify/:serial', name: 'verify', props: true, component: () => import('./features/certificates/VerifyView.vue') },
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
  { path: '/webhooks', name: 'webhooks', component: () => import('./features/webhooks/WebhooksView.vue') },
  { path: '/webhooks/new', name: 'webhook-new', component: () => import('./features/webhooks/WebhookEditView.vue') },
  { path: '/webhooks/:id', name: 'webhook', props: true, component: () => import('./features/webhooks/WebhookView.vue') },
  { path: '/webhooks/:id/edit', name: 'webhook-edit', component: () => import('./features/webhooks/WebhookEditView.vue') },
  ...desk('topics'),
  ...desk('cities', () => import('./features/catalogue/CitiesView.vue')),
  ...desk('organisations', () => import('./features/catalogue/OrganisationsView.vue')),
  ...desk('venues'),
  ...desk('experts'),
  ...desk('people'),
  ...desk('trips', null),
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
