import { computed, ref, shallowRef, watch, type WatchSource } from 'vue'
import { toApiError, type Answer, type ApiError } from '../api/client'

/**
 * Loads data for a view, again whenever `source` changes. Only the latest request may set the result, and
 * data of another record is dropped when the source changes, so a slow answer never shows the wrong record.
 * While the source is `undefined` there is nothing to load (a search not asked for yet).
 */
export function useLoad<T>(loader: () => Promise<Answer<T>>, source?: WatchSource) {
  const answer = shallowRef<Answer<T>>()
  const error = shallowRef<ApiError>()
  const loading = ref(false)
  let latest = 0

  async function reload(): Promise<void> {
    const request = ++latest
    loading.value = true
    error.value = undefined
    try {
      const result = await loader()
      if (request === latest) answer.value = result
    } catch (e) {
      if (request === latest) error.value = toApiError(e)
    } finally {
      if (request === latest) loading.value = false
    }
  }

  if (source) {
    watch(source, (value) => {
      answer.value = undefined
      if (value !== undefined) {
        void reload()
      } else {
        latest++
        loading.value = false
      }
    }, { immediate: true })
  } else {
    void reload()
  }

  return { answer, data: computed(() => answer.value?.data), error, loading, reload }
}
