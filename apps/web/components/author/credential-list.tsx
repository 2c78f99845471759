import type { Credential } from '@blog/schemas'
import { keyed, type Field } from '@/lib/click-to-edit'

/** "Title, Institution (Year)" per credential, as the author box and the profile show them. */
export function CredentialList({
  credentials,
  label,
  field,
}: {
  credentials: Credential[]
  label?: string
  /** The author's fields, for click-to-edit in draft mode. */
  field?: Field
}) {
  return (
    <ul className="credentials" aria-label={label}>
      {credentials.map((credential) => (
        <li key={credential._key} {...field?.(keyed('credentials', credential._key))}>
          {credential.title}
          {credential.institution ? `, ${credential.institution}` : ''}
          {credential.year ? ` (${credential.year})` : ''}
        </li>
      ))}
    </ul>
  )
}
