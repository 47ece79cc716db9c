import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Declared = { content?: Record<string, { schema: object }> };
type Document = {
  paths: Record<string, Record<string, { responses: Record<string, Declared> }>>;
  components: { schemas: Record<string, object> };
};

/** An answer as it came over the wire. */
export interface Answer {
  status: number;
  /** The media type, without parameters; '' when there is none. */
  type: string;
  text: string;
}

const BASE = 'urn:citypoints:public-api';

/**
 * Checks answers against what an OpenAPI 3.1 document declares for their operation and status,
 * with Ajv's JSON Schema 2020-12 (the dialect of OpenAPI 3.1) and its formats. Returns the
 * discrepancies, empty when the answer conforms.
 */
export function declaredAnswers(served: object) {
  // The components' references are made absolute, so Ajv resolves them in one schema.
  const document = JSON.parse(
    JSON.stringify(served).replaceAll('"#/components/schemas/', `"${BASE}#/$defs/`),
  ) as Document;
  // strictTypes would ask `format` to name every type of a nullable field's union.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(['example']);
  ajv.addSchema({ $id: BASE, $defs: document.components.schemas });
  return (path: string, method: string, answer: Answer): string[] => {
    const declared = document.paths[path]?.[method.toLowerCase()]?.responses[answer.status];
    if (!declared) return [`${answer.status} is not declared for ${method} ${path}`];
    if (!declared.content) {
      return answer.text === '' ? [] : [`${answer.status} declares no body, but one came`];
    }
    const media = declared.content[answer.type];
    if (!media) {
      return [`${answer.type || 'no content type'} is not declared for ${answer.status}`];
    }
    // A stream or a file (a poster) has no JSON schema to meet: its type is what it declares.
    if (!answer.type.endsWith('json')) return [];
    const validate = ajv.compile(media.schema);
    if (validate(JSON.parse(answer.text))) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}
