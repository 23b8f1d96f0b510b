#!/usr/bin/env node
'use strict';
// mirror a remote JSON feed into a local cache directory
const fs = require('fs');
const path = require('path');
const https = require('https');

const [, , feedUrl, outDir = './cache'] = process.argv;
if (!feedUrl) {
  console.error('usage: mirror <feed-url> [out-dir]');
  process.exit(1);
}

const agent = new https.Agent({ keepAlive: true }); // ok: CWE-295

https.get(feedUrl, { agent }, (res) => {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk) => (body += chunk));
  res.on('end', () => {
    const feed = JSON.parse(body);
    fs.mkdirSync(outDir, { recursive: true });
    for (const item of feed.items) {
      fs.writeFileSync(path.join(outDir, `${path.basename(String(item.id))}.json`), JSON.stringify(item, null, 2));
    }
    console.log(`wrote ${feed.items.length} items to ${outDir}`);
  });
}).on('error', (e) => {
  console.error(e.message);
  process.exit(2);
});
