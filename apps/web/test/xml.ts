import { JSDOM } from 'jsdom'

/** Parses XML strictly (jsdom comes with jest-environment-jsdom); malformed XML throws. Node environment only. */
export function parseXml(text: string): Document {
  return new JSDOM(text, { contentType: 'application/xml' }).window.document
}
