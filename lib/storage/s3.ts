import "server-only";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { FileStore, StoredFile } from "./file-store";
import { checkKey, checkPrefix } from "./keys";

export type S3Options = {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (instance role, AWS_* variables, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

const notFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
};

/**
 * Files in one bucket of any S3-compatible store (AWS S3, MinIO, Garage,
 * R2, …), shared by every instance. The bucket must exist; Plaza never
 * creates or configures it (its policy stays the operator's).
 */
export class S3Store implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3Options) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: checkKey(key), Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
      if (!out.Body) return null;
      return { body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: out.ContentLength ?? 0, type: out.ContentType ?? "application/octet-stream" };
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    let n = 0;
    let batch: { Key: string }[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const out = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch, Quiet: true } }));
      if (out.Errors?.length) throw new Error(`S3 refused to delete ${out.Errors.length} object(s) under ${prefix}: ${out.Errors[0]?.Code}`);
      n += batch.length;
      batch = [];
    };
    // DeleteObjects takes at most 1,000 keys; a listing page holds at most as many.
    for await (const f of this.list(prefix)) {
      batch.push({ Key: f.key });
      if (batch.length === 1000) await flush();
    }
    await flush();
    return n;
  }

  async copy(from: string, to: string): Promise<boolean> {
    try {
      const source = `${this.bucket}/${checkKey(from).split("/").map(encodeURIComponent).join("/")}`;
      await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: checkKey(to), CopySource: source }));
      return true;
    } catch (err) {
      if (notFound(err)) return false;
      throw err;
    }
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }))).ContentLength ?? 0;
    } catch (err) {
      if (notFound(err)) return null;
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<{ key: string; size: number }> {
    for await (const page of paginateListObjectsV2({ client: this.client }, { Bucket: this.bucket, Prefix: checkPrefix(prefix) })) {
      for (const o of page.Contents ?? []) if (o.Key) yield { key: o.Key, size: o.Size ?? 0 };
    }
  }
}
