import { MicrophoneIcon } from '@sanity/icons/Microphone'
import { defineField, defineType } from '@sanity/types'
import { requiredStringField } from '../fields.ts'

/** A recording readers play in the page; the transcript serves those who cannot or would rather not listen. */
export const audioFile = defineType({
  name: 'audioFile',
  title: 'Audio',
  type: 'object',
  icon: MicrophoneIcon,
  fields: [
    defineField({
      name: 'file',
      title: 'Audio file',
      description: 'MP3, M4A, OGG or WAV. Readers play it in the page and can download it.',
      type: 'file',
      options: { accept: 'audio/*' },
      validation: (rule) => rule.required().error('Upload the audio file.'),
    }),
    requiredStringField({
      name: 'title',
      title: 'Title',
      description: 'What it is, in a few words: screen readers announce the player by it.',
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
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
