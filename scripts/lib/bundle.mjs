// The provider as one JavaScript file (esbuild), shared by the npm package's build
// (scripts/build.mjs: bundle + loader + code cache in bin/) and the standalone
// executables of a release (scripts/release.mjs: the same bundle inside a Node binary).
import { build } from "esbuild";
import { copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

// The xz decoder reaches Node's built-ins by import(variable), which a bundle run through
// vm.Script cannot do: it gets require() instead. And it reads liblzma.wasm beside its
// module; inside a standalone executable (a Node single-executable application) there is
// no file beside it, so the .wasm is the executable's asset of that name.
const xzDecoderForBundle = {
  name: "xz-decoder-for-bundle",
  setup(b) {
    b.onLoad({ filter: /node-liblzma[\\/]lib[\\/]wasm[\\/]bindings\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      let out = text.replace(/return import\([^)]*specifier\);/, "return Promise.resolve(require(specifier));");
      if (out === text) throw new Error(`${args.path}: the import() of a built-in was not found (a new node-liblzma?)`);
      const read = "const buf = await readFile(wasmPath);";
      if (!out.includes(read)) throw new Error(`${args.path}: the read of liblzma.wasm was not found (a new node-liblzma?)`);
      out = out.replace(read, `let sea; try { sea = require("node:sea"); } catch {}
    const buf = sea && sea.isSea() ? Buffer.from(sea.getRawAsset("liblzma.wasm")) : await readFile(wasmPath);`);
      return { contents: out, loader: "js" };
    });
  },
};

// ssh2's native crypto (AES-GCM in C++: 1 GiB sent in 2.1 s instead of 2.4 s alone, and an
// upload 0.78-0.84x OpenSSH's throughput instead of 0.59x, bench/upload.mjs) is a file beside its
// module, which a bundle elsewhere would look for beside itself: it is required by its package
// path instead, so bin/'s bundle finds it in node_modules. A standalone executable has no
// node_modules: ssh2 falls back to its JavaScript, as it does wherever the addon was not built.
const ssh2NativeCrypto = {
  name: "ssh2-native-crypto",
  setup(b) {
    b.onResolve({ filter: /[\\/]sshcrypto\.node$/ }, () => ({ path: "ssh2/lib/protocol/crypto/build/Release/sshcrypto.node", external: true }));
  },
};

/** Bundles src/main.ts into `outfile` and copies liblzma.wasm beside it. */
export async function bundleProvider(outfile) {
  await build({
    entryPoints: [join(root, "src", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minifyWhitespace: true,
    minifySyntax: true,
    // ssh2's optional native speed-ups; it falls back to pure JS without them.
    external: ["cpu-features"],
    // The xz decoder (liblzma as WebAssembly) finds its .wasm beside its module: beside the bundle.
    define: { "import.meta.url": "__xenModuleUrl" },
    plugins: [xzDecoderForBundle, ssh2NativeCrypto],
    banner: { js: 'var __xenModuleUrl = require("url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
    legalComments: "none",
  });
  copyFileSync(join(root, "node_modules", "node-liblzma", "lib", "wasm", "liblzma.wasm"), join(dirname(outfile), "liblzma.wasm"));
}
