PAGES = %w[about terms privacy].freeze

def show
  page = PAGES.include?(params[:page]) ? params[:page] : "about"
  render template: "pages/#{page}" # ok: CWE-22
end
