interface TicketApi {
    @GET("tickets/{number}")
    suspend fun ticket(@Path("number") number: String): Ticket

    @POST("tickets")
    suspend fun create(@Body ticket: NewTicket): Ticket
}

val retrofit: Retrofit = Retrofit.Builder()
    .baseUrl("https://api.example.com/")
    .addConverterFactory(MoshiConverterFactory.create())
    .build()
