import { VideoIcon } from '@sanity/icons/Video'
import { defineField, defineType, type PreviewValue } from '@sanity/types'
import { imageField, playerFields } from '../fields.ts'
import { fileHasAsset } from '../rules.ts'

/** A video file played in the page (not a provider's player), with captions and a picture shown before it plays. */
export const videoFile = defineType({
  name: 'videoFile',
  title: 'Video file',
  type: 'object',
  icon: VideoIcon,
  fields: [
    ...playerFields({ kind: 'video', formats: 'MP4 or WebM' }),
    defineField({
      name: 'captions',
      title: 'Captions (WebVTT)',
      description: 'A .vtt file with the words spoken, shown over the video for readers who cannot hear it.',
      type: 'file',
      options: { accept: '.vtt,text/vtt' },
      validation: (rule) => rule.custom(fileHasAsset('Upload the .vtt file, or remove the captions.')),
    }),
    imageField({ name: 'poster', title: 'Poster', description: 'Shown before the video plays.' }),
  ],
  preview: {
    select: { title: 'title', media: 'poster' },
    prepare: ({ title, media }: { title?: string; media?: PreviewValue['media'] }) => ({
      title: title || 'Video',
      subtitle: 'Video',
      media: media ?? VideoIcon,
    }),
  },
})
