import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import type { Answer } from '../api/client'
import { useLoad } from './useLoad'

const answer = (data: string): Answer<string> => ({ data, etag: '', fetchedAt: new Date(), fromDeviceCache: false })

describe('useLoad', () => {
  it('loads nothing while its source is undefined, and again whenever the source changes', async () => {
    const search = ref<string | undefined>(undefined)
    const loader = vi.fn(async () => answer(`found ${search.value}`))
    const loaded = useLoad(loader, () => search.value)
    await nextTick()
    expect(loader).not.toHaveBeenCalled()
    expect(loaded.loading.value).toBe(false)

    search.value = 'wang'
    await vi.waitFor(() => expect(loaded.data.value).toBe('found wang'))
    search.value = undefined
    await nextTick()
    expect(loaded.data.value).toBeUndefined()
    expect(loader).toHaveBeenCalledTimes(1)
  })
})
