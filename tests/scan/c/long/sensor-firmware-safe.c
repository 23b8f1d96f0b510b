/* STM32 sensor node: command parser on the debug UART */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "board.h"

#define CMD_MAX 64

static char cmd_buf[CMD_MAX];
static char last_label[16];

static void cmd_execute(char *line)
{
	char *arg = strchr(line, ' ');
	if (arg)
		*arg++ = '\0';
	if (strcmp(line, "label") == 0 && arg) {
		strncpy(last_label, arg, sizeof last_label - 1);   /* ok: CWE-120 */
		last_label[sizeof last_label - 1] = '\0';
		uart_printf("label=%s\r\n", last_label);
	} else if (strcmp(line, "rate") == 0 && arg) {
		sensor_set_rate((int)strtol(arg, NULL, 10));
	} else if (strcmp(line, "echo") == 0 && arg) {
		uart_printf("%s\r\n", arg);                  /* ok: CWE-134 */
	} else {
		uart_puts("?\r\n");
	}
}

void uart_rx_task(void)
{
	size_t n = uart_read_line(cmd_buf, sizeof cmd_buf);
	if (n > 0)
		cmd_execute(cmd_buf);
}
