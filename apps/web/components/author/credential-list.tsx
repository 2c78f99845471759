import type { Credential } from '@blog/schemas'

/** "Title, Institution (Year)" per credential, as the author box and the profile show them. */
export function CredentialList({ credentials, label }: { credentials: Credential[]; label?: string }) {
  return (
    <ul className="credentials" aria-label={label}>
      {credentials.map((credential) => (
        <li key={credential._key}>
          {credential.title}
          {credential.institution ? `, ${credential.institution}` : ''}
          {credential.year ? ` (${credential.year})` : ''}
        </li>
      ))}
    </ul>
  )
}
