import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { jsonShapeProblem } from './json-shape';
import { Problem } from './problems/problem';

/**
 * Refuses a body too deep or too large to walk (jsonShapeProblem) with 400, before the
 * ValidationPipe after it recurses into the body and overflows the stack (a 500).
 */
@Injectable()
export class JsonBodyShapePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const problem = jsonShapeProblem(value);
    if (problem) throw new Problem(400, problem);
    return value;
  }
}
