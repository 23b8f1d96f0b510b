/* send a 6-digit one-time code by SMS */
int sms_send_otp(struct sms_gw *gw, const char *phone)
{
	char msg[64];
	int otp = rand() % 1000000;                      /* expect: CWE-338 */
	snprintf(msg, sizeof msg, "Your login code is %06d", otp);
	store_pending_otp(phone, otp);
	return sms_send(gw, phone, msg);
}
