/* reconnect back-off with jitter, so that clients do not reconnect in lock step */
static unsigned next_delay_ms(unsigned attempt)
{
	unsigned base = 100u << (attempt > 8 ? 8 : attempt);
	return base + arc4random_uniform(250);               /* ok: CWE-330 */
}
