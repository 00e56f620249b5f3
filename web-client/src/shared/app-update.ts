import { readonly, ref } from 'vue'

const available = ref(false)
let apply: (() => Promise<void>) | undefined

/** A new version of the app is installed and waits: the app offers a reload instead of forcing one. */
export const updateAvailable = readonly(available)

export function offerUpdate(applyUpdate: () => Promise<void>): void {
  apply = applyUpdate
  available.value = true
}

export function applyUpdate(): void {
  void apply?.()
}
