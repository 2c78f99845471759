import { ThListIcon } from '@sanity/icons/ThList'
import { defineField, defineType } from '@sanity/types'

type Row = { cells?: string[] }

/** A table in an article body: the grid comes from @sanity/table (plugin-types.ts), with a header row and a caption. */
export const dataTable = defineType({
  name: 'dataTable',
  title: 'Table',
  type: 'object',
  icon: ThListIcon,
  fields: [
    defineField({
      name: 'table',
      title: 'Table',
      type: 'table',
      validation: (rule) =>
        rule
          .required()
          .custom((value?: { rows?: Row[] }) =>
            value?.rows?.some((row) => row.cells?.some((cell) => cell.trim() !== ''))
              ? true
              : 'Add at least one row with some text.',
          ),
    }),
    defineField({
      name: 'headerRow',
      title: 'First row is a header',
      description: 'Screen readers announce each cell with its column heading.',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      description: 'What the table shows; read out before the table.',
      type: 'string',
    }),
  ],
  preview: {
    select: { caption: 'caption', rows: 'table.rows' },
    prepare: ({ caption, rows }: { caption?: string; rows?: Row[] }) => ({
      title: caption || rows?.[0]?.cells?.filter(Boolean).join(' · ') || 'Table',
      subtitle: `Table, ${rows?.length ?? 0} rows`,
    }),
  },
})
