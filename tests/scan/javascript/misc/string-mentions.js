const help = 'Never call eval(input) or child_process.exec(cmd + arg)'; // ok: CWE-95
console.log(help);
