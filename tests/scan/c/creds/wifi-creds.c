const char *ssid = "HomeNet";
const char *password = "hunter2hunter2";                 // expect: CWE-798

void setup() {
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) delay(500);
}
