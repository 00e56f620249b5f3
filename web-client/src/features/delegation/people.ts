import type { Schemas } from '../../api/client'

/** "ZHANG Wei (张伟)": family name first and marked, as Chinese and Korean names are written. */
export function displayName(person: Schemas['PublicProfile']): string {
  const latin = `${person.familyName.toUpperCase()} ${person.givenName}`
  const native = `${person.familyNameNative ?? ''}${person.givenNameNative ?? ''}`
  return native ? `${latin} (${native})` : latin
}
