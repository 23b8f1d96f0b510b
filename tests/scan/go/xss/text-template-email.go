package mail

import (
	"bytes"
	"text/template"
)

var body = template.Must(template.New("welcome").Parse("Hi {{.Name}},\nwelcome aboard.\n"))

func Welcome(name string) (string, error) {
	var b bytes.Buffer
	err := body.Execute(&b, map[string]string{"Name": name}) // ok: CWE-79
	return b.String(), err
}
