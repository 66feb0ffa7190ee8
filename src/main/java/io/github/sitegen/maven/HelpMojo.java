package io.github.sitegen.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.jsoup.Jsoup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows what each goal does and, with {@code -Ddetail}, its parameters, their properties and
 * defaults. Call {@code mvn site-gen:help -Ddetail -Dgoal=build} for one goal. The help is printed
 * to standard output, not logged, so that {@code mvn -q site-gen:help} shows it too (and nothing else).
 */
@Mojo(name = "help", requiresProject = false, threadSafe = true)
public class HelpMojo extends AbstractMojo {
    private static final int WIDTH = 80;
    private static final Pattern PROPERTY = Pattern.compile("^\\$\\{([^}]+)}$");

    /** Show each goal's parameters, with their properties and defaults. */
    @org.apache.maven.plugins.annotations.Parameter(property = "detail", defaultValue = "false")
    private boolean detail;

    /** The goal to show, e.g. {@code build}; every goal when unset. */
    @org.apache.maven.plugins.annotations.Parameter(property = "goal")
    private String goal;

    /** This plugin as Maven read it from its descriptor: every goal and parameter, with the text of their Javadoc. */
    @org.apache.maven.plugins.annotations.Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoFailureException {
        List<MojoDescriptor> goals = plugin.getMojos().stream()
                .filter(m -> goal == null || goal.isBlank() || m.getGoal().equals(goal.strip()))
                .sorted(Comparator.comparing(MojoDescriptor::getGoal)).toList();
        if (goals.isEmpty()) {
            throw new MojoFailureException("site-gen has no goal '" + goal + "'; its goals are "
                    + plugin.getMojos().stream().map(MojoDescriptor::getGoal).sorted().toList());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(text(plugin, goals, detail));
        out.flush();
    }

    /** The help as it is printed. */
    private static String text(PluginDescriptor plugin, List<MojoDescriptor> goals, boolean detail) {
        StringBuilder text = new StringBuilder();
        text.append(plugin.getName()).append(' ').append(plugin.getVersion()).append('\n');
        wrap(text, plugin.getDescription(), 2);
        text.append('\n');
        if (goals.size() > 1) {
            text.append("This plugin has ").append(goals.size()).append(" goals:\n\n");
        }
        for (MojoDescriptor mojo : goals) {
            text.append(plugin.getGoalPrefix()).append(':').append(mojo.getGoal()).append('\n');
            wrap(text, mojo.getDescription(), 2);
            text.append('\n');
            if (!detail) {
                continue;
            }
            List<Parameter> parameters = mojo.getParameters() == null ? List.of() : mojo.getParameters().stream()
                    .filter(Parameter::isEditable).sorted(Comparator.comparing(Parameter::getName)).toList();
            if (parameters.isEmpty()) {
                continue;
            }
            text.append("  Available parameters:\n\n");
            for (Parameter p : parameters) {
                text.append("    ").append(p.getName());
                if (p.getDefaultValue() != null) {
                    text.append(" (Default: ").append(p.getDefaultValue()).append(')');
                }
                text.append('\n');
                wrap(text, p.getDescription(), 6);
                Matcher property = PROPERTY.matcher(p.getExpression() == null ? "" : p.getExpression());
                if (property.matches()) {
                    text.append("      User property: ").append(property.group(1)).append('\n');
                }
                text.append('\n');
            }
        }
        if (!detail) {
            text.append("Call mvn ").append(plugin.getGoalPrefix())
                    .append(":help -Ddetail -Dgoal=<goal> to show a goal's parameters.\n");
        }
        return text.toString();
    }

    /** Appends the text as plain words, cut into lines of at most {@link #WIDTH} characters after {@code indent} spaces. */
    private static void wrap(StringBuilder out, String text, int indent) {
        if (text == null || text.isBlank()) {
            return;
        }
        String plain = text.contains("<") ? Jsoup.parse(text).text() : text.strip();
        StringBuilder line = new StringBuilder();
        for (String word : plain.split("\\s+")) {
            if (line.length() > 0 && indent + line.length() + 1 + word.length() > WIDTH) {
                out.append(" ".repeat(indent)).append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.append(" ".repeat(indent)).append(line).append('\n');
    }
}
