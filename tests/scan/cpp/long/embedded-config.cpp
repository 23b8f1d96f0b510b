// ESP32 firmware: provisioning over the serial console
#include <Arduino.h>
#include <WiFi.h>
#include <cstring>

static char g_ssid[33];
static char g_psk[64];
static const char *kOtaPassword = "esp-ota-2041";                   // expect: CWE-798

void handleSerialLine(const char *line) {
    char key[16], value[80];
    if (sscanf(line, "%15[^=]=%79s", key, value) != 2)
        return;
    if (!strcmp(key, "ssid"))
        strcpy(g_ssid, value);                                      // expect: CWE-120
    else if (!strcmp(key, "psk"))
        strncpy(g_psk, value, sizeof(g_psk) - 1);                   // ok: CWE-120
    Serial.printf("set %s\n", key);                                 // ok: CWE-134
}

void setup() {
    Serial.begin(115200);
    ArduinoOTA.setPassword(kOtaPassword);
    ArduinoOTA.begin();
}

void loop() {
    static char line[128];
    if (Serial.available()) {
        size_t n = Serial.readBytesUntil('\n', line, sizeof(line) - 1);
        line[n] = '\0';
        handleSerialLine(line);
    }
}
