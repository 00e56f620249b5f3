import { computed, ref, shallowRef } from 'vue'
import { ApiError } from '../api/client'

/** Saving state of a form and the server's answer to it: field errors by JSON path (`title.en`). */
export function useSubmit() {
  const saving = ref(false)
  const problem = shallowRef<ApiError | null>(null)
  const fieldErrors = computed<Record<string, string>>(() =>
    Object.fromEntries((problem.value?.problem.errors ?? []).map((error) => [error.field, error.code])),
  )

  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    saving.value = true
    problem.value = null
    try {
      return await action()
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      problem.value = e
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { saving, problem, fieldErrors, run, clear: () => (problem.value = null) }
}
