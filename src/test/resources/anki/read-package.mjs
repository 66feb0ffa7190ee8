// Reads an Anki package with anki-reader (npm), a reader site-gen did not write, and prints what it
// found as JSON: node read-package.mjs <node_modules> <file.apkg>
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [modules, file] = process.argv.slice(2);
const { readAnkiPackage } = await import(pathToFileURL(path.join(modules, 'anki-reader', 'lib', 'src', 'index.js')).href);
const bytes = await readFile(file);
const { collection, media } = await readAnkiPackage(new Blob([bytes]));

const decks = [];
for (const [id, deck] of Object.entries(collection.getDecks())) {
  const cards = [];
  for (const [cardId, card] of Object.entries(deck.getCards())) {
    const raw = card.getRawCard();
    const question = card.getQuestions()[0];
    cards.push({ id: cardId, note: String(raw.nid), fields: card.getFields(), model: card.getModel().getName(),
      front: question ? question.getQuestionString() : null, back: question ? question.getAnswerString() : null });
  }
  decks.push({ id, name: deck.getName(), cards });
}
const models = Object.values(collection.getModels()).map(m => ({ id: String(m.getId()), name: m.getName(),
  fields: m.getFields().map(f => f.name), templates: m.getTemplates().map(t => ({ qfmt: t.qfmt, afmt: t.afmt })), css: m.getCss() }));
const files = {};
for (const [name, blob] of Object.entries(media)) {
  files[name] = createHash('sha256').update(Buffer.from(await blob.arrayBuffer())).digest('hex');
}
process.stdout.write(JSON.stringify({ decks, models, media: files }) + '\n');
