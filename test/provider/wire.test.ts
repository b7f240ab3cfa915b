// The wire pieces that the engine never lets us get wrong twice: cty msgpack
// (unknowns, nulls, every attribute present) and the AutoMTLS certificate.
import { X509Certificate } from "node:crypto";
import { decode, ExtData } from "@msgpack/msgpack";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue, Unknown, type CtyType } from "../../src/provider/cty";
import { makeServerCertificate } from "../../src/provider/cert";

const T: CtyType = ["object", { name: "string", memory: "number", on: "bool", tags: ["map", "string"], hosts: ["list", ["object", { n: "string" }]] }];

describe("cty msgpack", () => {
  it("writes every attribute, nulls included, and an unknown as d4 00 00", () => {
    const bytes = encodeValue({ name: "a", memory: Unknown }, T);
    const raw = decode(bytes) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(["hosts", "memory", "name", "on", "tags"]);
    expect(raw.on).toBeNull();
    expect(raw.memory).toBeInstanceOf(ExtData);
    expect(Buffer.from(bytes).includes(Buffer.from([0xd4, 0x00, 0x00]))).toBe(true);
  });

  it("round-trips values and reads any extension (plain or refined) as unknown", () => {
    const v = { name: "x", memory: 128, on: true, tags: { a: "b" }, hosts: [{ n: "h1" }] };
    expect(decodeValue(encodeValue(v, T), T)).toEqual(v);
    // A refined unknown: ext type 12 with a map payload.
    const refined = Buffer.from([0xc7, 0x03, 0x0c, 0x81, 0x01, 0xc2]);
    expect(decodeValue(refined, "string")).toBe(Unknown);
  });

  it("reads big numbers the engine sends as int64 or decimal strings", () => {
    expect(decodeValue(Buffer.from([0xcf, 0, 0, 0, 1, 0, 0, 0, 0]), "number")).toBe(2 ** 32);
    expect(decodeValue(Buffer.from([0xa3, 0x31, 0x2e, 0x35]), "number")).toBe(1.5);
  });

  it("treats absent bytes as null", () => {
    expect(decodeValue(undefined, T)).toBeNull();
    expect(decodeValue(Buffer.from([0xc0]), T)).toBeNull();
  });
});

describe("AutoMTLS certificate", () => {
  it("is self-signed for localhost, a CA, for server and client auth", () => {
    const c = makeServerCertificate();
    const x = new X509Certificate(c.certPem);
    expect(x.verify(x.publicKey)).toBe(true);
    expect(x.subjectAltName).toBe("DNS:localhost");
    expect(x.checkHost("localhost")).toBe("localhost");
    expect(x.ca).toBe(true);
    expect(x.keyUsage).toEqual(expect.arrayContaining(["1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"]));
    expect(Buffer.compare(x.raw, c.der)).toBe(0);
    expect(new Date(x.validFrom).getTime()).toBeLessThan(Date.now());
  });
});
