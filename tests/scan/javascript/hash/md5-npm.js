const md5 = require('md5');
const gravatar = 'https://www.gravatar.com/avatar/' + md5(email.trim().toLowerCase()); // expect: CWE-328
