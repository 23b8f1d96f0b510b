def create
  @ticket = Ticket.create!(ticket_params)
  redirect_to ticket_path(@ticket) # ok: CWE-601
end
