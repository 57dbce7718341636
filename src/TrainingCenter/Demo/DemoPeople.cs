using TrainingCenter.Identity;

namespace TrainingCenter.Demo;

/// <summary>The fictional staff and trainees of the demo. None of them sign in except those in <see cref="DemoAccounts"/>.</summary>
internal static class DemoPeople
{
    public static readonly DemoAccount Nadia = new(Roles.Instructor, "nadia.farooq@demo.trainingcenter.pk", "Nadia Farooq");
    public static readonly DemoAccount Usman = new(Roles.Instructor, "usman.tariq@demo.trainingcenter.pk", "Usman Tariq");

    public static readonly IReadOnlyList<DemoAccount> Instructors = [Nadia, Usman];

    /// <summary>
    /// Ordered by intake: 0–19 are in the running cohort, 20–29 in the open one, 30–41 finished the last one, 42–55 finished
    /// the earlier marketing course whose graduates have outcomes.
    /// </summary>
    public static readonly IReadOnlyList<DemoTrainee> Trainees =
    [
        new(DemoAccounts.Trainee, "Lahore", "BS Computer Science"),
        Trainee("Bilal Ahmed", "bilal.ahmed", "Lahore", "BS Software Engineering"),
        Trainee("Hamza Iqbal", "hamza.iqbal", "Karachi", "BE Electrical Engineering"),
        Trainee("Maryam Rasheed", "maryam.rasheed", "Islamabad", "BS Mathematics"),
        Trainee("محمد علی", "muhammad.ali", "Multan", "BS Information Technology"),
        Trainee("Zainab Hussain", "zainab.hussain", "Peshawar", "BS Computer Science"),
        Trainee("Usama Khalid", "usama.khalid", "Faisalabad", "BSc Textile Engineering"),
        Trainee("Hira Saleem", "hira.saleem", "Rawalpindi", "MSc Physics"),
        Trainee("Ahmed Raza", "ahmed.raza", "Quetta", "BS Computer Science"),
        Trainee("Sadia Parveen", "sadia.parveen", "Hyderabad", "Bachelor of Commerce"),
        Trainee("Muhammad Umar Farooq", "umar.farooq", "Lahore", "DAE Computer Information Technology"),
        Trainee("Areeba Shahid", "areeba.shahid", "Karachi", "BS Software Engineering"),
        Trainee("Shahzaib Akram", "shahzaib.akram", "Sialkot", "BS Computer Science"),
        Trainee("Noor Fatima", "noor.fatima", "Gujranwala", "BS Information Technology"),
        Trainee("Danish Mehmood", "danish.mehmood", "Islamabad", "BE Mechanical Engineering"),
        Trainee("Kinza Javed", "kinza.javed", "Bahawalpur", "BS Statistics"),
        Trainee("Waqas Anwar", "waqas.anwar", "Abbottabad", "BS Computer Science"),
        Trainee("Mehwish Tariq", "mehwish.tariq", "Lahore", "BBA"),
        Trainee("Faizan Haider", "faizan.haider", "Peshawar", "BS Computer Science"),
        Trainee("Laiba Naeem", "laiba.naeem", "Karachi", "BS Software Engineering"),
        Trainee("Talha Siddique", "talha.siddique", "Karachi", "BE Computer Engineering"),
        Trainee("فاطمہ زہرا", "fatima.zahra", "Lahore", "BS Computer Science"),
        Trainee("Rizwan Ullah", "rizwan.ullah", "Peshawar", "BS Information Technology"),
        Trainee("Sana Mirza", "sana.mirza", "Islamabad", "BS Software Engineering"),
        Trainee("Junaid Akhtar", "junaid.akhtar", "Multan", "BS Computer Science"),
        Trainee("Iqra Batool", "iqra.batool", "Faisalabad", "MSc Computer Science"),
        Trainee("Saad Chaudhry", "saad.chaudhry", "Lahore", "BE Electrical Engineering"),
        Trainee("Amna Yousaf", "amna.yousaf", "Quetta", "BS Computer Science"),
        Trainee("Haris Latif", "haris.latif", "Sukkur", "BE Software Engineering"),
        Trainee("Mahnoor Asif", "mahnoor.asif", "Rawalpindi", "Intermediate (ICS)"),
        Trainee("عبدالرحمٰن بلوچ", "abdulrehman.baloch", "Quetta", "BS Computer Science"),
        Trainee("Sobia Aslam", "sobia.aslam", "Lahore", "BS Information Technology"),
        Trainee("Kashif Nadeem", "kashif.nadeem", "Karachi", "BS Computer Science"),
        Trainee("Rabia Zafar", "rabia.zafar", "Islamabad", "BS Software Engineering"),
        Trainee("حسن رضا", "hassan.raza", "Multan", "BS Mathematics"),
        Trainee("Usman Ghani", "usman.ghani", "Peshawar", "BS Computer Science"),
        Trainee("Farah Naz", "farah.naz", "Hyderabad", "BS Computer Science"),
        Trainee("Zeeshan Qadir", "zeeshan.qadir", "Faisalabad", "BS Software Engineering"),
        Trainee("Tehreem Shafiq", "tehreem.shafiq", "Lahore", "BS Computer Science"),
        Trainee("Adeel Hussain", "adeel.hussain", "Karachi", "BE Computer Systems"),
        Trainee("Nimra Abbas", "nimra.abbas", "Islamabad", "BS Information Technology"),
        Trainee("Fahad Irfan", "fahad.irfan", "Multan", "BS Computer Science"),
        Trainee("Anum Sheikh", "anum.sheikh", "Lahore", "BBA Marketing"),
        Trainee("Omer Farooq", "omer.farooq", "Karachi", "Bachelor of Commerce"),
        Trainee("Saba Qamar Ali", "saba.qamar", "Islamabad", "BS Mass Communication"),
        Trainee("Arslan Javed", "arslan.javed", "Faisalabad", "BBA"),
        Trainee("Hafsa Nadeem", "hafsa.nadeem", "Rawalpindi", "MA English"),
        Trainee("زینب بی بی", "zainab.bibi", "Multan", "BS Media Studies"),
        Trainee("Moiz Rehman", "moiz.rehman", "Karachi", "BS Computer Science"),
        Trainee("Rimsha Kanwal", "rimsha.kanwal", "Lahore", "BBA Marketing"),
        Trainee("Taimoor Aziz", "taimoor.aziz", "Peshawar", "MBA"),
        Trainee("Alina Pervaiz", "alina.pervaiz", "Sialkot", "BS Economics"),
        Trainee("Shoaib Malik", "shoaib.malik", "Gujranwala", "Bachelor of Commerce"),
        Trainee("Mariam Khalil", "mariam.khalil", "Hyderabad", "BS Mass Communication"),
        Trainee("Yasir Hameed", "yasir.hameed", "Islamabad", "BBA"),
        Trainee("Eman Fatima", "eman.fatima", "Lahore", "BS Psychology"),
    ];

    private static DemoTrainee Trainee(string fullName, string mailbox, string city, string education) =>
        new(new DemoAccount(Roles.Trainee, $"{mailbox}@mail.example", fullName), city, education);
}
