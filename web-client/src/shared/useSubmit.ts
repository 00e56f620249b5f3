import { computed, nextTick, ref, shallowRef } from 'vue'
import { toApiError, type ApiError } from '../api/client'

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
      problem.value = toApiError(e)
      // Straight to the first field to correct, or to the message when no field is marked.
      await nextTick()
      document.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="problem"]')?.focus()
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { saving, problem, fieldErrors, run, clear: () => (problem.value = null) }
}
