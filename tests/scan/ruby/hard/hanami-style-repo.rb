class TicketRepository < ROM::Repository[:tickets]
  commands :create, update: :by_pk

  def by_number(number)
    tickets.where(ticket_no: number).one # ok: CWE-89
  end

  def search(term)
    tickets.read("SELECT * FROM tickets WHERE subject ILIKE '%#{term}%'").to_a # expect: CWE-89
  end
end
