import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

/**
 * A real S3-protocol server (s3rver, from npm) on a free port, with a bucket,
 * for the S3 driver's tests: the AWS SDK talks HTTP to it exactly as it would
 * to AWS or MinIO. Its files go to a temporary folder removed on stop.
 */
export async function startS3Server(bucket = "plaza-test-files") {
  const directory = mkdtempSync(path.join(tmpdir(), "plaza-s3-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  // s3rver accepts any credentials; S3RVER/S3RVER are its documented defaults.
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const client = new S3Client({ endpoint, region: "us-east-1", forcePathStyle: true, credentials });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    endpoint,
    bucket,
    credentials,
    client,
    env: { STORAGE_DRIVER: "s3", S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: "true", S3_ACCESS_KEY_ID: credentials.accessKeyId, S3_SECRET_ACCESS_KEY: credentials.secretAccessKey },
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
