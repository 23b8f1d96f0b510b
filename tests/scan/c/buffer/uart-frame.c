/* UART RX ISR: frames are <STX> len payload <ETX> */
static uint8_t rx_frame[64];
static volatile uint8_t rx_len;

void USART1_IRQHandler(void)
{
	static uint8_t state, idx, want;
	uint8_t c = USART1->DR;

	switch (state) {
	case 0:
		if (c == 0x02)
			state = 1;
		break;
	case 1:
		want = c;
		idx = 0;
		state = 2;
		break;
	case 2:
		rx_frame[idx++] = c;                             /* expect: CWE-787 */
		if (idx == want) {
			rx_len = idx;
			state = 0;
		}
		break;
	}
}
