import { computed, ref, shallowRef, watch, type WatchSource } from 'vue'
import { ApiError, type Answer } from '../api/client'

/** Loads data for a view, again whenever `source` changes; keeps the error for the view to show. */
export function useLoad<T>(loader: () => Promise<Answer<T>>, source?: WatchSource) {
  const answer = shallowRef<Answer<T>>()
  const error = shallowRef<ApiError>()
  const loading = ref(false)

  async function reload(): Promise<void> {
    loading.value = true
    error.value = undefined
    try {
      answer.value = await loader()
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      error.value = e
    } finally {
      loading.value = false
    }
  }

  if (source) watch(source, () => void reload(), { immediate: true })
  else void reload()

  return { answer, data: computed(() => answer.value?.data), error, loading, reload }
}
