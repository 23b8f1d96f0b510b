fs.writeFileSync(`/tmp/${jobId}.json`, JSON.stringify(job)); // expect: CWE-377
