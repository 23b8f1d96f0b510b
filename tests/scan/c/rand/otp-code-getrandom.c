/* send a 6-digit one-time code by SMS */
int sms_send_otp(struct sms_gw *gw, const char *phone)
{
	char msg[64];
	uint32_t r;
	if (getrandom(&r, sizeof r, 0) != sizeof r)      /* ok: CWE-338 */
		return -1;
	int otp = (int)(r % 1000000u);
	snprintf(msg, sizeof msg, "Your login code is %06d", otp);
	store_pending_otp(phone, otp);
	return sms_send(gw, phone, msg);
}
