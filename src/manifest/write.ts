/**
 * Writing a manifest: the same language `load` reads, as YAML, with comments where a person needs
 * them (what each adopted resource is; what an import could not express, at the top). Written
 * with the `yaml` package that reads manifests, so whatever is written loads back the same.
 */
import { Document, isScalar, isSeq } from 'yaml';
import { visible } from '../model/visible.js';
import type { Manifest } from './schema.js';

export interface WriteNotes {
  /** Lines of the comment at the top of the file. */
  readonly header?: readonly string[];
  /** A comment beside a value, by its path in the manifest (`['frontend', 'https', 'certificates', 0, 'existing']`). */
  readonly beside?: readonly { readonly path: readonly (string | number)[]; readonly text: string }[];
  /** The comment beside each `metadata.adopt` entry, by address. */
  readonly adopt?: ReadonlyMap<string, string>;
}

/**
 * A comment line may not carry a line break (one is replaced by a space), nor any other control
 * character: what live state put there (an ESC sequence in a description) is written escaped.
 */
const oneLine = (s: string): string => visible(s.replace(/[\r\n]+/g, ' '));

export function writeManifest(manifest: Manifest, notes: WriteNotes = {}): string {
  const doc = new Document(manifest);
  if (notes.header && notes.header.length > 0) doc.commentBefore = notes.header.map((l) => ` ${oneLine(l)}`).join('\n');
  const adopt = doc.getIn(['metadata', 'adopt'], true);
  if (isSeq(adopt)) {
    for (const item of adopt.items) {
      if (!isScalar(item)) continue;
      const comment = notes.adopt?.get(String(item.value));
      if (comment) item.comment = ` ${oneLine(comment)}`;
    }
  }
  for (const { path, text } of notes.beside ?? []) {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.comment = ` ${oneLine(text)}`;
  }
  return doc.toString({ lineWidth: 0 });
}
