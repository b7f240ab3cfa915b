// AutoMTLS: when the engine sends its client certificate, serve TLS with a fresh
// self-signed server certificate that only that client may use, and hand the
// certificate back in the handshake line. Without one, plain (the engine asked so).
import * as grpc from "@grpc/grpc-js";

export interface Credentials {
  credentials: grpc.ServerCredentials;
  /** The server certificate for the handshake line: base64 DER without padding; "" without TLS. */
  certificate: string;
  tls: boolean;
}

export async function serverCredentials(clientCert = process.env.PLUGIN_CLIENT_CERT): Promise<Credentials> {
  if (!clientCert) return { credentials: grpc.ServerCredentials.createInsecure(), certificate: "", tls: false };
  // Loaded only when needed: start-up time counts (the engine starts the provider often).
  const { makeServerCertificate } = await import("./cert");
  const cert = makeServerCertificate();
  return {
    credentials: grpc.ServerCredentials.createSsl(
      Buffer.from(clientCert),
      [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
      true,
    ),
    certificate: cert.der.toString("base64").replace(/=+$/, ""),
    tls: true,
  };
}
