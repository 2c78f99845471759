import type { DataTable } from '@blog/schemas'
import type { Mark } from '@/lib/click-to-edit'

/**
 * A table from the body. It scrolls sideways on its own when wider than the column, so the region takes keyboard
 * focus and has a name; header cells name their column for screen readers.
 */
export function BodyTable({ value, mark }: { value: DataTable; mark?: Mark }) {
  const rows = (value.table.rows ?? []).filter((row) => row.cells?.length)
  const header = value.headerRow !== false && rows.length > 1 ? rows[0] : undefined
  const label = value.caption || (header ? header.cells?.join(', ') : undefined) || 'Table'
  return (
    <div className="body-table" role="region" aria-label={label} tabIndex={0} {...mark}>
      <table>
        {value.caption ? <caption>{value.caption}</caption> : null}
        {header ? (
          <thead>
            <tr>
              {header.cells?.map((cell, index) => (
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody>
          {(header ? rows.slice(1) : rows).map((row) => (
            <tr key={row._key}>
              {row.cells?.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
