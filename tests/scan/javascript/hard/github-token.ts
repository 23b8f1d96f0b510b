const octokit = new Octokit({ auth: 'ghp_4fP9xQ2mZ7rT1vW8yK3nB6cD0hJ5sL2aE9uR' }); // expect: CWE-798
