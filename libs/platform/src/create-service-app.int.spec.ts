import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, ValidateNested } from 'class-validator';
import request from 'supertest';
import { createServiceApp } from './create-service-app';
import { requestLogging } from './request-logging';

class NodeDto {
  @IsInt()
  value: number;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => NodeDto)
  children?: NodeDto[];
}

@Controller('nodes')
class NodesController {
  @Post()
  create(@Body() node: NodeDto): { value: number } {
    return { value: node.value };
  }
}

@Module({ imports: [requestLogging('probe', 'silent')], controllers: [NodesController] })
class ProbeModule {}

/** A body whose children are lists nested n levels deep, as JSON text (60 kB for 30,000). */
function nested(levels: number): string {
  return `{"value":1,"children":${'['.repeat(levels)}${']'.repeat(levels)}}`;
}

describe('a service application', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createServiceApp('probe', { module: ProbeModule });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  const post = (body: string) =>
    request(app.getHttpServer()).post('/nodes').type('json').send(body);

  it('takes a nested body within the limits', async () => {
    const response = await post(
      JSON.stringify({ value: 1, children: [{ value: 2, children: [{ value: 3 }] }] }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ value: 1 });
  });

  it('refuses a body nested 30,000 levels deep with 400, not a stack overflow', async () => {
    const response = await post(nested(30_000));
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/nested at most 10 levels/);
  });

  it('refuses a body with too many list items with 400 before validating them', async () => {
    const children = Array.from({ length: 5000 }, () => ({ value: 1 }));
    const response = await post(JSON.stringify({ value: 1, children }));
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/at most 1000 fields and list items/);
  });

  it('refuses another content type with 415 as problem+json', async () => {
    const response = await request(app.getHttpServer())
      .post('/nodes')
      .type('text/plain')
      .send('value=1');
    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('refuses a body past the limit with 413 as problem+json', async () => {
    const response = await post(JSON.stringify({ value: 1, pad: 'x'.repeat(200 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it("answers with the caller's request id, or a new one when it is unfit", async () => {
    const kept = await post('{"value":1}').set('x-request-id', 'abc-123');
    expect(kept.headers['x-request-id']).toBe('abc-123');
    const replaced = await post('{"value":1}').set('x-request-id', 'a b;c');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
