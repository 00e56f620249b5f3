import { computed, ref, shallowRef, type Ref } from 'vue'
import type { Answer } from '../api/client'
import type { Current } from '../api/resources'
import { useLoad } from './useLoad'
import { useSubmit } from './useSubmit'

/**
 * An edit form over one resource: its draft, the version it was loaded at (sent as If-Match), saving state
 * and server errors. After a 412, `reloadLatest()` loads the other person's version into the form. Without
 * `load`, the form creates a record: it starts from an empty draft and is ready at once.
 */
export function useEditor<T, D>(load: (() => Promise<Answer<T>>) | undefined, toDraft: (value: T | undefined) => D) {
  const draft = ref(toDraft(undefined)) as Ref<D>
  const etag = ref('')
  const original = shallowRef<T>()
  const submit = useSubmit()

  const loader = useLoad(async () => {
    if (!load) return { data: undefined, etag: '', fetchedAt: new Date(), fromDeviceCache: false }
    const answer = await load()
    original.value = answer.data
    etag.value = answer.etag
    draft.value = toDraft(answer.data)
    return answer
  })

  /** A record of what was loaded, at the version it was loaded at: what a write sends as If-Match. */
  function version<R extends { id: string }>(record: R): Current<R> {
    return { data: record, etag: etag.value }
  }

  async function reloadLatest(): Promise<void> {
    submit.clear()
    await loader.reload()
  }

  const ready = computed(() => !load || original.value !== undefined)

  return { draft, etag, original, loader, ready, version, reloadLatest, ...submit }
}
