import { SEARCH_MAX_LENGTH } from '@blog/schemas'

interface SearchFormProps {
  query?: string
  /** Id of the input; the header and the search page each have a form. */
  id: string
  /** Names the search landmark; two on one page need different names. */
  label: string
  compact?: boolean
}

/** A plain GET form to /search: works without JavaScript, and the browser caps the length too. */
export function SearchForm({ query = '', id, label, compact = false }: SearchFormProps) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={label}
      className={compact ? 'search-form search-form--compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        Search articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder="Search articles"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  )
}
