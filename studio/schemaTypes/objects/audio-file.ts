import { MicrophoneIcon } from '@sanity/icons/Microphone'
import { defineField, defineType } from '@sanity/types'
import { playerFields } from '../fields.ts'

/** A recording readers play in the page; the transcript serves those who cannot or would rather not listen. */
export const audioFile = defineType({
  name: 'audioFile',
  title: 'Audio',
  type: 'object',
  icon: MicrophoneIcon,
  fields: [
    ...playerFields({ kind: 'audio', formats: 'MP3, M4A, OGG or WAV' }),
    defineField({
      name: 'transcript',
      title: 'Transcript',
      description: 'The words of the recording, as plain text. Readers open it below the player; search finds it.',
      type: 'text',
      rows: 6,
    }),
  ],
  preview: {
    select: { title: 'title' },
    prepare: ({ title }: { title?: string }) => ({ title: title || 'Audio', subtitle: 'Audio' }),
  },
})
