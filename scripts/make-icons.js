#!/usr/bin/env node
// Draws the add-in icons (a ruler with tick marks on a blue tile) into assets/icon-<size>.png.
// Plain zlib + a minimal PNG writer, so no image tool is needed on a fresh machine.
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x5f, 0xa8, 255];
const WHITE = [255, 255, 255, 255];
const RED = [0xd1, 0x34, 0x38, 255];
const CLEAR = [0, 0, 0, 0];

function ruler(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR; // rounded tile
  if (y > 0.38 && y < 0.68 && x > 0.12 && x < 0.88) {
    const tick = Math.floor((x - 0.12) / 0.095);
    const inTick = (x - 0.12) % 0.095 < 0.035;
    const tickLen = tick % 2 === 0 ? 0.52 : 0.47;
    if (inTick && y < tickLen) return BLUE;
    if (x > 0.7 && y > 0.56) return RED; // the over-limit mark
    return WHITE;
  }
  return BLUE;
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png(size, ruler));
}
console.log("icons written to assets/");
