import { readFileSync } from 'node:fs';
import { AsyncAPIDocumentInterface, DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { parse } from 'yaml';
import { asyncApiDocument } from './asyncapi-document';
import { DEAD_LETTER } from './asyncapi-messages';
import { JsonSchema } from './payload-schemas';
import { registeredEvents } from './registered-events';
import { ASYNCAPI_FILE } from './asyncapi-file';

type Document = { components: Record<string, Record<string, JsonSchema>> };
const committed = readFileSync(ASYNCAPI_FILE, 'utf8');
const registered = registeredEvents();
const written = parse(committed) as Document;
const generated = asyncApiDocument() as Document;

describe('docs/asyncapi.yaml', () => {
  let document: AsyncAPIDocumentInterface;
  let errors: string[];

  beforeAll(async () => {
    const parsed = await new Parser().parse(committed);
    errors = parsed.diagnostics
      .filter(({ severity }) => severity === DiagnosticSeverity.Error)
      .map(({ message, path }) => `${path.join('.')}: ${message}`);
    if (!parsed.document) errors.push('the parser made no document');
    document = parsed.document as AsyncAPIDocumentInterface;
  }, 60_000);

  // The channel (by address, the topic) of each message id, dead letters left out.
  const eventMessages = () =>
    document
      .channels()
      .all()
      .flatMap((channel) =>
        channel
          .messages()
          .all()
          .map((message) => ({ id: message.id(), topic: channel.address() })),
      )
      .filter(({ id }) => id !== DEAD_LETTER);

  it('is a valid AsyncAPI 3.0 document by the official parser', () => {
    expect(errors).toEqual([]);
    expect(document.version()).toBe('3.0.0');
  });

  it.each(registered.map((d) => [d.type, d.topic]))(
    'has %s, a registered event, on its topic %s',
    (type, topic) => {
      expect(eventMessages()).toContainEqual({ id: type, topic });
    },
  );

  it('has no message that is not a registered event, on its topic', () => {
    const expected = registered.map(({ type, topic }) => ({ id: type, topic }));
    expect(eventMessages()).toEqual(expect.arrayContaining(expected));
    expect(eventMessages()).toHaveLength(expected.length);
  });

  it('has a dead-letter channel for every topic', () => {
    const addresses = document
      .channels()
      .all()
      .map((channel) => channel.address());
    const topics = [...new Set(registered.map((d) => d.topic))];
    expect(addresses).toEqual(expect.arrayContaining(topics.map((topic) => `${topic}.dlt`)));
  });

  it.each(registered.map((d) => [d.type, d.payload.name]))(
    'gives %s the payload schema generated from %s now (else: npm run asyncapi:generate)',
    (type, name) => {
      const { messages, schemas } = written.components;
      const now = generated.components;
      expect([messages[type], schemas[name]]).toEqual([now.messages[type], now.schemas[name]]);
    },
  );

  it('is in all else what `npm run asyncapi:generate` writes now', () => {
    expect(written).toEqual(generated);
  });
});
