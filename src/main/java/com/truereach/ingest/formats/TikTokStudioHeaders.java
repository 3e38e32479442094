package com.truereach.ingest.formats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.truereach.ingest.CsvTable;

/**
 * TikTok Studio column names per UI language, mapped to the English ones. The Spanish labels
 * are those of TikTok Studio's Spanish UI as far as known (Spain writes {@code vídeo}, Latin
 * America {@code video}: accents are ignored when comparing):
 * <pre>
 * Fecha = Date                          Hora = Time
 * Visualizaciones de vídeos = Video Views   Título del vídeo = Video title
 * Visualizaciones del perfil = Profile Views Enlace del vídeo = Video link
 * Me gusta = Likes                      Hora de publicación = Post time
 * Comentarios = Comments                Total de me gusta = Total likes
 * Veces compartido = Shares             Total de comentarios = Total comments
 * Seguidores = Followers                Total de veces compartido = Total shares
 * Diferencia de seguidores con respecto al día anterior = Difference in followers from previous day
 * Espectadores totales / nuevos / recurrentes = Total / New / Returning Viewers
 * Total de visualizaciones = Total views
 * </pre>
 */
final class TikTokStudioHeaders {

	private static final Map<String, String> ENGLISH = english();

	private TikTokStudioHeaders() {
	}

	/** The English TikTok Studio name of {@code header}, lower case, or null when it is not a Studio column. */
	static String english(String header) {
		return ENGLISH.get(TikTokDates.fold(header.replace("\uFEFF", "").replace("\"", "")));
	}

	/** English lower-case name to the header as the file spells it. */
	static Map<String, String> columns(CsvTable table) {
		Map<String, String> columns = new HashMap<>();
		for (String header : table.headers()) {
			String name = english(header);
			if (name != null) {
				columns.putIfAbsent(name, header);
			}
		}
		return columns;
	}

	/** The normalised header line's columns in English, null where a column is not a Studio one. */
	static List<String> englishColumns(String normalisedLine) {
		return java.util.Arrays.stream(normalisedLine.split(",", -1)).map(TikTokStudioHeaders::english).toList();
	}

	private static Map<String, String> english() {
		Map<String, String> map = new HashMap<>();
		for (String name : List.of("Date", "Video Views", "Profile Views", "Likes", "Comments", "Shares", "Followers",
				"Difference in followers from previous day", "Total Viewers", "New Viewers", "Returning Viewers", "Time",
				"Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views",
				"Add to Favorites")) {
			map.put(TikTokDates.fold(name), TikTokDates.fold(name));
		}
		spanish(map, "date", "Fecha");
		spanish(map, "video views", "Visualizaciones de vídeos", "Visualizaciones de videos");
		spanish(map, "profile views", "Visualizaciones del perfil");
		spanish(map, "likes", "Me gusta");
		spanish(map, "comments", "Comentarios");
		spanish(map, "shares", "Veces compartido", "Compartidos");
		spanish(map, "followers", "Seguidores");
		spanish(map, "difference in followers from previous day",
				"Diferencia de seguidores con respecto al día anterior", "Diferencia de seguidores respecto al día anterior");
		spanish(map, "total viewers", "Espectadores totales");
		spanish(map, "new viewers", "Espectadores nuevos");
		spanish(map, "returning viewers", "Espectadores recurrentes");
		spanish(map, "time", "Hora");
		spanish(map, "video title", "Título del vídeo", "Título del video");
		spanish(map, "video link", "Enlace del vídeo", "Enlace del video");
		spanish(map, "post time", "Hora de publicación");
		spanish(map, "total likes", "Total de me gusta");
		spanish(map, "total comments", "Total de comentarios");
		spanish(map, "total shares", "Total de veces compartido", "Total de compartidos");
		spanish(map, "total views", "Total de visualizaciones");
		return Map.copyOf(map);
	}

	private static void spanish(Map<String, String> map, String english, String... labels) {
		for (String label : labels) {
			map.put(TikTokDates.fold(label), english);
		}
	}
}
