// SSH wire encoding (RFC 4251 §5): what key blobs, certificates and the
// unencrypted first key-exchange packets are made of.

export class WireFormatError extends Error {}

/** Reads the SSH data types from a buffer; a short or malformed buffer throws WireFormatError. */
export class WireReader {
  private at = 0;

  constructor(private readonly buf: Buffer) {}

  get offset() {
    return this.at;
  }

  get done() {
    return this.at >= this.buf.length;
  }

  private need(n: number) {
    if (this.at + n > this.buf.length) throw new WireFormatError("truncated SSH data");
  }

  byte(): number {
    this.need(1);
    return this.buf[this.at++];
  }

  bytes(n: number): Buffer {
    this.need(n);
    const b = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return b;
  }

  uint32(): number {
    this.need(4);
    const v = this.buf.readUInt32BE(this.at);
    this.at += 4;
    return v;
  }

  uint64(): bigint {
    this.need(8);
    const v = this.buf.readBigUInt64BE(this.at);
    this.at += 8;
    return v;
  }

  string(): Buffer {
    return this.bytes(this.uint32());
  }

  text(): string {
    return this.string().toString("utf8");
  }

  nameList(): string[] {
    const s = this.text();
    return s ? s.split(",") : [];
  }

  /** An mpint as its unsigned magnitude (leading zero bytes removed). */
  mpint(): Buffer {
    const b = this.string();
    let i = 0;
    while (i < b.length && b[i] === 0) i++;
    return b.subarray(i);
  }
}

export function wireString(data: Buffer | string): Buffer {
  const body = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(body.length);
  return Buffer.concat([len, body]);
}

export const wireNameList = (names: string[]) => wireString(names.join(","));
