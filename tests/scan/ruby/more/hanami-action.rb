module Web
  module Actions
    module Files
      class Show < Web::Action
        def handle(request, response)
          path = File.join("/srv/attachments", request.params[:name]) # expect: CWE-22
          halt 404 unless File.exist?(path)
          response.body = File.read(path)
        end
      end
    end
  end
end
